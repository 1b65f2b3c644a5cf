# Health: the clinician's pages (/clinic).
clinic-title = 门诊：今日预约
