/** Reporting internals (application). */
package vn.thidua.reporting.internal.application;
