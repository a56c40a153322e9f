/// A tidy tree layout in linear time (Walker's algorithm as improved by Buchheim, Jünger and Leipert, 2002), for
/// charts too large for Graphviz `dot`: parents centred over their children, subtrees as close as they can be
/// without overlapping, the same subtree always drawn the same way. Iterative throughout, so deep trees cannot
/// overflow the stack.
public struct TidyTree: Sendable {
    /// Node widths (in points); heights are per level.
    public var widths: [Double]
    public var heights: [Double]
    /// Parent of each node, or -1 for a root. Children keep the order of their indices.
    public var parents: [Int]
    /// Horizontal gap between neighbouring boxes.
    public var gap: Double
    /// Vertical gap between levels.
    public var levelGap: Double

    public init(widths: [Double], heights: [Double], parents: [Int], gap: Double = 18, levelGap: Double = 48) {
        self.widths = widths
        self.heights = heights
        self.parents = parents
        self.gap = gap
        self.levelGap = levelGap
    }

    /// Positions of the box centres, and the size of the whole drawing (origin at the top left).
    public struct Result: Sendable {
        public var x: [Double]
        public var y: [Double]
        public var depth: [Int]
        public var width: Double
        public var height: Double
    }

    /// Lays the forest out; several roots are placed side by side as children of an invisible root.
    public func layout() -> Result {
        let n = widths.count
        guard n > 0 else { return Result(x: [], y: [], depth: [], width: 0, height: 0) }
        // Node n is the virtual root of the forest.
        let total = n + 1
        var children = [[Int]](repeating: [], count: total)
        for i in 0..<n {
            let p = parents[i]
            children[(p >= 0 && p < n && p != i) ? p : n].append(i)
        }
        var width = widths + [0]
        // A cycle through parents would leave nodes unreachable; hang them under the virtual root.
        var depth = [Int](repeating: -1, count: total)
        var order: [Int] = []  // preorder
        order.reserveCapacity(total)
        var stack = [n]
        depth[n] = 0
        while let v = stack.popLast() {
            order.append(v)
            for c in children[v].reversed() where depth[c] < 0 {
                depth[c] = depth[v] + 1
                stack.append(c)
            }
        }
        if order.count < total {
            for i in 0..<n where depth[i] < 0 {
                children[n].append(i)
                children[parents[i]].removeAll { $0 == i }
                depth[i] = 1
                var s = [i]
                while let v = s.popLast() {
                    for c in children[v] where depth[c] < 0 {
                        depth[c] = depth[v] + 1
                        s.append(c)
                    }
                }
            }
            // Recompute a clean preorder.
            order.removeAll(keepingCapacity: true)
            var s = [n]
            while let v = s.popLast() {
                order.append(v)
                for c in children[v].reversed() { s.append(c) }
            }
        }
        var parent = [Int](repeating: -1, count: total)
        var number = [Int](repeating: 0, count: total)  // 1-based position among siblings
        for v in 0..<total {
            for (k, c) in children[v].enumerated() {
                parent[c] = v
                number[c] = k + 1
            }
        }
        width[n] = 0

        var prelim = [Double](repeating: 0, count: total)
        var mod = [Double](repeating: 0, count: total)
        var shift = [Double](repeating: 0, count: total)
        var change = [Double](repeating: 0, count: total)
        var thread = [Int](repeating: -1, count: total)
        var ancestor = Array(0..<total)

        func leftSibling(_ v: Int) -> Int? {
            let k = number[v]
            return k > 1 ? children[parent[v]][k - 2] : nil
        }
        func distance(_ a: Int, _ b: Int) -> Double { (width[a] + width[b]) / 2 + gap }
        func nextLeft(_ v: Int) -> Int? { children[v].first ?? (thread[v] >= 0 ? thread[v] : nil) }
        func nextRight(_ v: Int) -> Int? { children[v].last ?? (thread[v] >= 0 ? thread[v] : nil) }

        // First walk, depth first. As in the paper, each child is apportioned against its left siblings right
        // after its own subtree is done and before its right sibling is walked.
        var defaultAncestor = [Int](repeating: 0, count: total)
        func apportion(_ w: Int, _ v: Int) {
            guard let l = leftSibling(w) else { return }
            let kids = children[v]
            var vip = w
            var vop = w
            var vim = l
            var vom = kids[0]
            var sip = mod[vip]
            var sop = mod[vop]
            var sim = mod[vim]
            var som = mod[vom]
            while let nr = nextRight(vim), let nl = nextLeft(vip) {
                vim = nr
                vip = nl
                vom = nextLeft(vom) ?? vom
                vop = nextRight(vop) ?? vop
                ancestor[vop] = w
                let sh = (prelim[vim] + sim) - (prelim[vip] + sip) + distance(vim, vip)
                if sh > 0 {
                    let a = parent[ancestor[vim]] == v ? ancestor[vim] : defaultAncestor[v]
                    let subtrees = Double(number[w] - number[a])
                    change[w] -= sh / subtrees
                    shift[w] += sh
                    change[a] += sh / subtrees
                    prelim[w] += sh
                    mod[w] += sh
                    sip += sh
                    sop += sh
                }
                sim += mod[vim]
                sip += mod[vip]
                som += mod[vom]
                sop += mod[vop]
            }
            if let nr = nextRight(vim), nextRight(vop) == nil {
                thread[vop] = nr
                mod[vop] += sim - sop
            }
            if let nl = nextLeft(vip), nextLeft(vom) == nil {
                thread[vom] = nl
                mod[vom] += sip - som
                defaultAncestor[v] = w
            }
        }
        func finish(_ v: Int) {
            let kids = children[v]
            if kids.isEmpty {
                if let w = leftSibling(v) { prelim[v] = prelim[w] + distance(w, v) } else { prelim[v] = 0 }
                return
            }
            var sh = 0.0
            var ch = 0.0
            for w in kids.reversed() {
                prelim[w] += sh
                mod[w] += sh
                ch += change[w]
                sh += shift[w] + ch
            }
            let mid = (prelim[kids[0]] + prelim[kids[kids.count - 1]]) / 2
            if let w = leftSibling(v) {
                prelim[v] = prelim[w] + distance(w, v)
                mod[v] = prelim[v] - mid
            } else {
                prelim[v] = mid
            }
        }
        var walk: [(Int, Int)] = [(n, 0)]
        while let (v, k) = walk.popLast() {
            if k == 0 {
                if let first = children[v].first { defaultAncestor[v] = first }
            } else {
                apportion(children[v][k - 1], v)
            }
            if k < children[v].count {
                walk.append((v, k + 1))
                walk.append((children[v][k], 0))
            } else {
                finish(v)
            }
        }

        // Second walk, in preorder: absolute x from accumulated modifiers.
        var x = [Double](repeating: 0, count: total)
        var acc = [Double](repeating: 0, count: total)
        for v in order {
            let m = v == n ? 0 : acc[parent[v]] + mod[parent[v]]
            acc[v] = m
            x[v] = prelim[v] + m
        }
        // Levels: each level as tall as its tallest box.
        var maxDepth = 0
        for v in 0..<n { maxDepth = max(maxDepth, depth[v]) }
        var levelHeight = [Double](repeating: 0, count: maxDepth + 1)
        for v in 0..<n { levelHeight[depth[v]] = max(levelHeight[depth[v]], heights[v]) }
        var levelTop = [Double](repeating: 0, count: maxDepth + 2)
        for d in 1...max(1, maxDepth) where d < levelTop.count {
            levelTop[d] = d == 1 ? 0 : levelTop[d - 1] + levelHeight[d - 1] + levelGap
        }
        var minX = Double.infinity
        var maxX = -Double.infinity
        for v in 0..<n {
            minX = min(minX, x[v] - width[v] / 2)
            maxX = max(maxX, x[v] + width[v] / 2)
        }
        var outX = [Double](repeating: 0, count: n)
        var outY = [Double](repeating: 0, count: n)
        for v in 0..<n {
            outX[v] = x[v] - minX
            outY[v] = levelTop[depth[v]] + levelHeight[depth[v]] / 2
        }
        let h = maxDepth >= 1 ? levelTop[maxDepth] + levelHeight[maxDepth] : 0
        return Result(
            x: outX, y: outY, depth: (0..<n).map { depth[$0] - 1 }, width: maxX - minX, height: h)
    }
}
