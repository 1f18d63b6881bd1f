/** The start-up report: how long the window took to show its first rows, measured from process start. */
package org.stockroom.ui.startup;
