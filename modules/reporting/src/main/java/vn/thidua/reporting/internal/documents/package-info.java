/** The documents the reporting module writes: the statutory forms as PDF and .xlsx, and the exports of records. */
package vn.thidua.reporting.internal.documents;
