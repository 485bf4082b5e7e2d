/** What the modules' entities share: the base of a record that is created by someone and changed with a version. */
package vn.thidua.platform.persistence;
