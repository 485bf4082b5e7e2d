/** Shared kernel used by every module: role names and text rules (published API). */
package vn.thidua.platform;
