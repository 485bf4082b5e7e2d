/** Services of the organisation module: the transaction boundary (internal). */
package vn.thidua.organisation.internal.application;
