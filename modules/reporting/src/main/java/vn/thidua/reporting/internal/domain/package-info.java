/** Reporting internals (domain). */
package vn.thidua.reporting.internal.domain;
