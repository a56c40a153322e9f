#ifndef ORGCHART_CZIP_SHIM_H
#define ORGCHART_CZIP_SHIM_H
#include <zip.h>
#endif
