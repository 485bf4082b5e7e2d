/** The documents the commendation module writes: decisions, certificates, submissions and histories (PDF, OpenPDF) and the pre-screening workbook (.xlsx, POI). */
package vn.thidua.commendation.internal.documents;
