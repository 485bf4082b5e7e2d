/** Email notices through Jakarta Mail, sent after the transaction that caused them commits; off without a server. */
package vn.thidua.platform.mail;
