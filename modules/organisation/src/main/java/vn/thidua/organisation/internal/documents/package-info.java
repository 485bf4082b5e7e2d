/** The documents the organisation module writes and reads: the people workbook (.xlsx, POI) for exports and imports. */
package vn.thidua.organisation.internal.documents;
