#ifndef ORGCHART_CGRAPHVIZ_SHIM_H
#define ORGCHART_CGRAPHVIZ_SHIM_H
#include <gvc.h>
#include <cgraph.h>

/* Swift 6 rejects C globals as not concurrency-safe; these getters wrap them. */
static inline Agdesc_t orgchart_agdirected(void) { return Agdirected; }
static inline Agdesc_t orgchart_agstrictdirected(void) { return Agstrictdirected; }

#endif
