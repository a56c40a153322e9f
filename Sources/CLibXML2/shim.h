#ifndef ORGCHART_CLIBXML2_SHIM_H
#define ORGCHART_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU, and its encoding.h then includes ICU's headers, whose UErrorCode clashes
// with the copy Foundation carries (_FoundationICU) in any module that sees both. orgchart never touches
// libxml2's encoding handlers (it only reads their pointers' absence), so ICU is hidden from the module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif
