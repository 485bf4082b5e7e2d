/** Persistence of audit entries (internal). */
package vn.thidua.platform.internal.audit;
