/** Reporting internals (web). */
package vn.thidua.reporting.internal.web;
