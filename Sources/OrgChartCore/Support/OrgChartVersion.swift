/// The version of orgchart.
public enum OrgChartVersion {
    /// The version string `orgchart --version` prints.
    public static let string = "0.1.0"
}
