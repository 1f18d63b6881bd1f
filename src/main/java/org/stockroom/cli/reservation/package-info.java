/** The reservation commands: reserve, release, fulfil. */
package org.stockroom.cli.reservation;
