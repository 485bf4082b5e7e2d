/** Services of the commendation module: the transaction boundary (internal). */
package vn.thidua.commendation.internal.application;
