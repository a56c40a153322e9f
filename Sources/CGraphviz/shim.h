#ifndef ORGCHART_CGRAPHVIZ_SHIM_H
#define ORGCHART_CGRAPHVIZ_SHIM_H
#include <gvc.h>
#include <cgraph.h>

/* Swift 6 rejects C globals as not concurrency-safe; these getters wrap them. */
static inline Agdesc_t orgchart_agdirected(void) { return Agdirected; }
static inline Agdesc_t orgchart_agstrictdirected(void) { return Agstrictdirected; }

/* The size of a laid-out graph's bounding box in points (GD_bb is a macro over Graphviz's private record). */
static inline double orgchart_bb_width(Agraph_t *g) { return GD_bb(g).UR.x - GD_bb(g).LL.x; }
static inline double orgchart_bb_height(Agraph_t *g) { return GD_bb(g).UR.y - GD_bb(g).LL.y; }

#endif
