#ifndef ORGCHART_CXLSXWRITER_SHIM_H
#define ORGCHART_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
