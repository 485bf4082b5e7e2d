/** The bell: notices to accounts about what waits for them, settled when it no longer waits, mailed as well. */
package vn.thidua.platform.notices;
