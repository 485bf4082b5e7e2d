/** Screens of the campaigns module (internal). */
package vn.thidua.campaigns.internal.web;
