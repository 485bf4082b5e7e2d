package vn.thidua.organisation;

/** Kinds of units (shared/API.md). DISTRICT is history: the district level ended on 2025-07-01. */
public enum UnitKind {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, AGENCY, ENTERPRISE, SCHOOL, ARMED_FORCES, VILLAGE, OTHER
}
