package vn.thidua.organisation;

/** Annual task rating: excellent, good, completed, not completed (Hoàn thành xuất sắc / tốt / hoàn thành / không). */
public enum Rating {
    HTXSNV, HTTNV, HTNV, KHTNV
}
