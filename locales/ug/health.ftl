# Health (智慧医疗): booking, my bookings, the consultation exchange.
