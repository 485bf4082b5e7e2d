package vn.thidua.organisation;

/**
 * The category of a person's position that statutory reports count by (Circular 02/2023/TT-BNV): leaders at
 * province level, at department level, business managers, other leaders, and people who work directly.
 */
public enum PositionCategory {
    LEADER_PROVINCE, LEADER_DEPARTMENT, BUSINESS, OTHER_LEADER, DIRECT_WORKER
}
