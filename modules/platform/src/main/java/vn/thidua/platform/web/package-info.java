/** Faces helpers shared by the modules' screens: messages from bundles (published API). */
package vn.thidua.platform.web;
