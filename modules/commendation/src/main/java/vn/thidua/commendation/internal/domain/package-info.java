/** Entities of the commendation module (internal). */
package vn.thidua.commendation.internal.domain;
