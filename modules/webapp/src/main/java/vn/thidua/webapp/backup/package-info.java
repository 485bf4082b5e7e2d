/** Online backups of the embedded database, on demand and on a schedule, with a bounded number of copies kept. */
package vn.thidua.webapp.backup;
