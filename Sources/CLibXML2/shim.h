#ifndef ORGCHART_CLIBXML2_SHIM_H
#define ORGCHART_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif
