# Health: the clinician's pages (/clinic).
clinic-title = Clinic: today's bookings
