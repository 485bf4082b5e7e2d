package vn.thidua.campaigns;

/** Regular (annual) emulation or thematic emulation by theme or phase (form 0601 counts them apart). */
public enum MovementKind {
    REGULAR, THEMATIC
}
