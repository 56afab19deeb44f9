"""The Returns screen: `screen.ReturnsScreen` (widgets, keys), `state.ReturnsState` (what is
chosen, the mode, which keys act; no Qt), `view` (what is shown of the state; no Qt),
`panels` (the tables and the refund panel), `completing` (F12, F6, printing), `dialogs`."""
