internal import CLibXML2
import OrgChartCore

/// An XML element read by libxml2 and copied into Swift values at once: local name, attributes by local name,
/// children in order. Namespace prefixes are dropped; Office parts use one prefix per namespace.
struct XMLElement: Sendable {
    enum Child: Sendable {
        case element(XMLElement)
        case text(String)
    }

    var name: String
    var attributes: [(name: String, value: String)]
    var children: [Child]

    /// The value of an attribute by local name (`w:val` → `val`).
    func attribute(_ local: String) -> String? { attributes.first { $0.name == local }?.value }

    /// The child elements.
    var elements: [XMLElement] {
        children.compactMap {
            if case .element(let e) = $0 { return e }
            return nil
        }
    }

    /// The first child element with this local name.
    func child(_ local: String) -> XMLElement? { elements.first { $0.name == local } }

    /// The child elements with this local name.
    func children(_ local: String) -> [XMLElement] { elements.filter { $0.name == local } }

    /// The text of this element and its descendants.
    var text: String {
        var out = ""
        for c in children {
            switch c {
            case .text(let t): out += t
            case .element(let e): out += e.text
            }
        }
        return out
    }
}

/// Parsing XML text into an `XMLElement` through libxml2, without the network, DTDs or entity expansion.
enum XMLTree {
    static func parse(_ bytes: [UInt8], part: String, file: String) throws(OfficeError) -> XMLElement {
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue)
        let doc = bytes.withUnsafeBufferPointer { b in
            b.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: b.count) {
                    xmlReadMemory($0, Int32(clamping: b.count), part, "UTF-8", options)
                }
            } ?? nil
        }
        guard let doc else {
            throw OfficeError(
                en: "\(file): the part \(part) is not well-formed XML", zh: "\(file):其中的 \(part) 不是格式正确的 XML")
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw OfficeError(en: "\(file): the part \(part) is empty", zh: "\(file):其中的 \(part) 为空")
        }
        return element(root)
    }

    static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    static func element(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [(String, String)] = []
        var a = node.pointee.properties
        while let attr = a {
            var value = ""
            var c = attr.pointee.children
            while let t = c {
                value += string(t.pointee.content)
                c = t.pointee.next
            }
            attributes.append((string(attr.pointee.name), value))
            a = attr.pointee.next
        }
        var children: [XMLElement.Child] = []
        var c = node.pointee.children
        while let n = c {
            switch n.pointee.type {
            case XML_ELEMENT_NODE: children.append(.element(element(n)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: children.append(.text(string(n.pointee.content)))
            default: break
            }
            c = n.pointee.next
        }
        return XMLElement(name: string(node.pointee.name), attributes: attributes, children: children)
    }
}

/// Escaping text for XML written by hand.
enum XMLText {
    /// Text safe in element content and quoted attributes; characters XML 1.0 forbids are dropped.
    static func escape(_ s: String) -> String {
        HTML.escape(s, apostrophe: "&apos;", unsafe: .xml, replacement: "")
    }
}
