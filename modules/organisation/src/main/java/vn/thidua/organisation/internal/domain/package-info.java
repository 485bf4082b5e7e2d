/** Entities of the organisation module (internal). */
package vn.thidua.organisation.internal.domain;
