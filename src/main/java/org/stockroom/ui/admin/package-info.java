/** The Administration page: users, their roles and secrets, and the site's settings. */
package org.stockroom.ui.admin;
