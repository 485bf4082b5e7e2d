/** The notices' table and the service behind {@link vn.thidua.platform.notices.Notifications}. */
package vn.thidua.platform.internal.notices;
