/** The stored form of workbook imports in progress (see {@code vn.thidua.platform.sheets.ImportJobs}). */
package vn.thidua.platform.internal.sheets;
