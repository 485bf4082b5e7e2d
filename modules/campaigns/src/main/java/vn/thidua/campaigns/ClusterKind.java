package vn.thidua.campaigns;

/** An emulation cluster groups units by area (cụm), a bloc by sector (khối). */
public enum ClusterKind {
    AREA, SECTOR
}
