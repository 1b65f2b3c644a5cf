# Health: the clinician's pages (/clinic).
clinic-title = دوختۇرخانا: بۈگۈنكى ۋاقىت ئالدىن بەلگىلەشلەر
