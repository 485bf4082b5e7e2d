package vn.thidua.campaigns;

/** Who launches a movement: the province, a department or sector, or a unit. */
public enum MovementLevel {
    PROVINCE, DEPARTMENT, UNIT
}
