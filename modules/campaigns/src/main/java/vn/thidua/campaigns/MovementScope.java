package vn.thidua.campaigns;

/** The reach of a movement as form 0601 counts it: the whole province, clusters or blocs, one agency. */
public enum MovementScope {
    PROVINCE, CLUSTER, AGENCY
}
