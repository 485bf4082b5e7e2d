/** The documents the campaigns module writes: the initiatives registry workbook (.xlsx). */
package vn.thidua.campaigns.internal.documents;
