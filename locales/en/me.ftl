me-title = Me
me-signed-out = Sign in to see your details, your community and your family.
me-phone = Mobile phone
me-id-number = ID number
me-community = Community
me-home = Home
me-roles = Role
me-settings-title = Display settings
me-language-title = Language
me-language-hint = Choose a language with the buttons at the top of every page.
role-resident = Resident
role-family-proxy = Family proxy
role-grid-worker = Grid worker
role-merchant = Merchant
role-clinician = Clinician
role-staff = Community staff
role-notary = Notary
family-title = My family
family-none = No family members are linked.
family-acts-for-me = { $relation ->
    [daughter] Your daughter
    [son] Your son
    [spouse] Your spouse
    [grandchild] Your grandchild
   *[other] Your family member
}; can act for you
family-i-act-for = { $relation ->
    [daughter] You are their daughter
    [son] You are their son
    [spouse] You are their spouse
    [grandchild] You are their grandchild
   *[other] You are family
}; you can act for them
family-consent-given = Consent given
family-consent-missing = Consent not given yet
family-consent-given-notice = Your consent is recorded. You can withdraw it here at any time.
family-consent-withdrawn-notice = Your consent is withdrawn. They can no longer act for you.
me-work-title = My work
kiosks-title = Kiosks
kiosks-staff-only = Only community staff can manage kiosks.
kiosks-sign-in = Sign in as community staff to manage kiosks.
kiosks-here-registered = This screen is a registered kiosk.
kiosks-here-kiosk = This screen is in kiosk mode but not registered.
kiosks-here-personal = This screen is an ordinary personal browser.
kiosks-register-title = Register this screen as a kiosk
kiosks-name-hint = A name staff will recognise, like “Service centre, hall”. A registered kiosk always stays in kiosk mode, and many residents can sign in at it one after another.
kiosks-register = Register this screen
kiosks-error-name-missing = Enter a name for this kiosk
kiosks-error-name-long = Use at most { $max } characters
kiosks-leave-hint = Turn kiosk mode off on this screen. It then keeps people signed in like a personal browser.
kiosks-leave = Leave kiosk mode on this screen
kiosks-list-title = Registered kiosks in your community
kiosks-none = No kiosks are registered yet.
kiosks-this-screen = (this screen)
kiosks-registered-at = Registered { $when } (China time)
kiosks-retire = Retire kiosk { $name }
kiosks-retire-short = Retire
kiosks-registered-notice = This screen is now a registered kiosk.
kiosks-retired-notice = The kiosk was retired.
kiosks-left-notice = Kiosk mode is off on this screen.
