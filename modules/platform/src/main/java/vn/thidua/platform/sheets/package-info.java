/**
 * Workbooks: reading a filled template into rows of text, and imports that check every row first (in steps, so
 * that a page shows progress) and then write all rows in one transaction, or none.
 */
package vn.thidua.platform.sheets;
