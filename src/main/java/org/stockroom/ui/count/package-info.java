/** The Counts page: plan a count session, enter counts while stock moves, review and post. */
package org.stockroom.ui.count;
