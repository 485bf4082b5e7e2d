/** Screens of the commendation module: eligibility check, histories (internal). */
package vn.thidua.commendation.internal.web;
