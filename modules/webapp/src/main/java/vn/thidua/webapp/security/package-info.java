/** Sign-in: one authentication mechanism (form for screens, Basic for the API) over the account store. */
package vn.thidua.webapp.security;
