/** The append-only audit trail that every write of every module records into (published API). */
package vn.thidua.platform.audit;
