/** Reporting internals (rest). */
package vn.thidua.reporting.internal.rest;
