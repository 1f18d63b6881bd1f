/** Settings a user chooses for this computer: which database the window opens. */
package org.stockroom.service.settings;
