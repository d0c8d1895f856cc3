filedesc://1213893279526_0.arc.gz 0.0.0.0 20080619093439 text/plain 73
1 0 CommonCrawl
URL IP-address Archive-date Content-type Archive-length

http://cineciudad.com/pelicula/index/502 72.249.22.82 20080509190241 text/html 6508
HTTP/1.1 200 OK
Server:nginx/0.5.26
Date:Sat, 10 May 2008 02:04:52 GMT
Content-Type:text/html; charset=utf-8
Transfer-Encoding:chunked
Connection:close
Set-Cookie:_tori_session_id=2a65f49c25cc7f8d1cbc18021babd3f0; path=/
Status:200 OK
Last-Modified:Sat, 10 May 2008 02:04:52 GMT
Cache-Control:max-age=71707
Content-Encoding:gzip
x_commoncrawl_ParseSegmentId:267
x_commoncrawl_OriginalURL:http://cineciudad.com/pelicula/index/502
x_commoncrawl_URLFP:4755379597377926685
x_commoncrawl_HostFP:-8574276148586412613
x_commoncrawl_Signature:4f0f6b86575eeda0a3a6c45e4c50186a
x_commoncrawl_CrawlNo:1
x_commoncrawl_FetchTimestamp:1210384961058

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="es" lang="es">
<head>
	<head>
		<title>Uni贸n Cine Ciudad - CASI 300</title>
		<script src="/javascripts/prototype.js?1193963057" type="text/javascript"></script>
<script src="/javascripts/effects.js?1193963057" type="text/javascript"></script>
<script src="/javascripts/dragdrop.js?1193963057" type="text/javascript"></script>
<script src="/javascripts/controls.js?1193963057" type="text/javascript"></script>
<script src="/javascripts/application.js?1193963057" type="text/javascript"></script>
		<script src="/javascripts/js.js?1193963057" type="text/javascript"></script>
		<script src="/javascripts/popup.js?1193963057" type="text/javascript"></script>
		<link href="/stylesheets/e.css?1193963057" media="all" rel="Stylesheet" type="text/css" />
		<meta name="Language" content="es" />
		<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	</head>	
</head>

<body>
<div class="pagina1"><div class="pagina2"><div class="pagina3">

	<div class="cabecera">
		<div class="logo">
			<a href="/"><img alt="Logo" src="/images/logo.gif?1193963057" title="Uni贸n Cine Ciudad" /></a>
		</div>
		<div class="avisos">
			
		</div>
		<div class="menu">
			<ul>
				<li class="cartelito" id="notificacion"><a href="/promocion/show/27">Ganadores 100 Bonos de Cine</a>&nbsp;|&nbsp;</li>
				<li><a href="/contacto">Contacto</a>&nbsp;|&nbsp;</li>
				<li><a href="/legal.html">Legal</a></li>
			</ul>
		</div>
	</div><!-- cabecera -->

<div class="menu_horizontal"><div><div class="menu_horizontal_fondo">
	<!--<div class="buscador"><form action="#"><input class="buscar" name="" value="" /><input  type="image" src="/images/google.gif" title="buscar" /></form></div>-->
	<!-- Google CSE Search Box Begins  -->
	<div class="buscador">
	<form id="searchbox_016656983635139031237:g7ua-h5uaqa" action="http://www.google.com/cse">
	    <input type="hidden" name="cx" value="016656983635139031237:g7ua-h5uaqa" />
	    <input type="hidden" name="cof" value="FORID:0" />
	    <input name="q" type="text" size="20" />
	    <input type="submit" name="sa" value="Buscar" class="migooboton"/>
	  </form>
	
	<!--<form id="cref_iframe" action="http://localhost:3000/buscar">
	  <input type="hidden" name="cref" value="http://localhost:3000/google_cse.xml" />
	  <input type="hidden" name="cof" value="FORID:9" />
	  <input type="text" name="q" size="20" />
	  <input type="submit" name="sa" value="Buscar" />
	</form>
	<script type="text/javascript" src="http://www.google.com/coop/cse/brand?form=cref_iframe"></script>-->
	
	</div>
	  <script type="text/javascript" src="http://www.google.com/coop/cse/brand?form=searchbox_016656983635139031237%3Ag7ua-h5uaqa"></script>
	<!-- Google CSE Search Box Ends -->
	
	<ul>
		<!-- class="on" en el <a cuando est谩 seleccionado -->
		<li><a href="/" class="off">inicio</a></li>
		<li><a href="/estrenos" class="off">estrenos</a></li>		<li><a href="/cartelera" class="off">cartelera</a></li>
		<li><a href="/cine/salas" class="off">cines</a></li>
		<li class="ultima"><a href="/promocion" class="off">promociones</a></li>
	</ul>
</div></div></div><!-- menu_horizontal -->
	
	

<script type="text/javascript">
addEvent(window, "load", pelicula_otrosdias);
</script>

<div class="caja_sombra">
	<div class="arriba"><div><div></div></div></div>
	<div class="medio"><div class="medio2"><div class="medio3">

		<div class="pelicula">
		
			<!-- men煤 lateral -->
			<div class="caja" style="width:266px; ">
				<div class="caja_cabecera"><img alt="selccione su provincia" src="/images/donde_se_proyecta.gif?1193963057" /></div>
				<div class="caja_cuerpo">

					<div class="menu_peliculas">
						
						
					</div><!-- menu_peliculas -->	
				</div><!-- caja_cuerpo -->
			</div><!-- caja -->

 			
			<!-- zona de contenidos de la pel铆cula -->
			<div class="pelicula_contenidos">
				<div class="imagen"><img alt="CASI 300" class="reflect rheight40 ropacity60" height="185" src="/images/c/CASI300.JPG?1206510483" width="135" /></div>
				<div class="texto">
					<div class="titulo"><h1>CASI 300</h1></div>
					<div class="entradilla">EL HEROICO LE脫NIDAS, SIN M脕S ARMAS QUE LA ROPA INTERIOR DE CUERO Y UNA CAPA, LIDERA UN GRUPO DE GENTUZA DE 13 ESPARTANOS EN DEFENSA DE SU PATRIA CONTRA LOS INVASORES PERSAS, CUYAS FILAS INCLUYEN A GHOST RIDER, ROCKY BALBOA, LOS TRANSFORMERS...</div>
					
					<div class="campos">
						<div class="etiqueta">Distribuidora:</div>
						<div class="valor">HISPANO FOX</div>
					</div><!-- campos -->

					<div class="campos">
						<div class="etiqueta">Duraci贸n:</div>
						<div class="valor">84 minutos</div>
					</div><!-- campos -->
					
					<div class="campos">
						<div class="etiqueta">Calificaci贸n:</div>
						<div class="valor">MAYORES DE 18 A脩OS</div>
					</div><!-- campos -->

					<div class="campos">
						<div class="etiqueta">G茅nero:</div>
						<div class="valor">Comedia</div>
					</div><!-- campos -->

					<div class="campos">
						<div class="etiqueta">Director:</div>
						<div class="valor">JASON FRIEDBERG Y AARON SELTZER</div>
					</div><!-- campos -->
					
					<div class="campos">
						<div class="etiqueta">Actores:</div>
						<div class="valor">SEAN MAGUIRE, CARMEN ELECTRA, KEN DAVITIAN, KEVIN SORBO</div>
					</div><!-- campos -->
										
				</div>
			</div><!-- pelicula_contenidos -->			
		</div><!-- pelicula -->
	</div></div></div>
	<div class="abajo"><div><div></div></div></div>
</div><!-- caja_sombra -->


</div></div></div><!-- pagina 1 2 3  -->
<script src="http://www.google-analytics.com/urchin.js" type="text/javascript">
</script>
<script type="text/javascript">
_uacct = "UA-112049-7";
urchinTracker();
</script>
</body>
</html>

http://hemslojden.leksand.org/hemslojden_gammal/uk/index.html 91.189.41.44 20080509190241 text/html 1327
HTTP/1.1 200 OK
Content-Length:734
Content-Type:text/html
Last-Modified:Fri, 07 Dec 2007 13:30:42 GMT
Accept-Ranges:bytes
ETag:"81c575dd538c81:e3a5"
Server:Microsoft-IIS/6.0
X-Powered-By:ASP.NET
Date:Sat, 10 May 2008 02:02:41 GMT
Connection:close
x_commoncrawl_ParseSegmentId:267
x_commoncrawl_OriginalURL:http://hemslojden.leksand.org/hemslojden_gammal/uk/index.html
x_commoncrawl_URLFP:3393208088147286654
x_commoncrawl_HostFP:-8109425130060818016
x_commoncrawl_Signature:6c5b28f5270336cfe86850fb38458349
x_commoncrawl_CrawlNo:1
x_commoncrawl_FetchTimestamp:1210384961065

<HTML>
<HEAD>

<META NAME="keywords" CONTENT="folkmusik, folkliga danser, folklore, spelm鋘, dalarna, leksand, dalecarlia">
<META NAME="description" CONTENT="Spelmanslag"> 
<TITLE>Leksands Hemsl鰆d</TITLE></HEAD>

<frameset framespacing="0" border="false" frameborder="0" cols="*,800,*">
<frame src="../spacevit.html">

<FRAMESET COLS="35,*">
     <FRAME SRC=../band.html
    NAME="index_frame0"
    SCROLLING=no>
	
<FRAMESET ROWS="100,*" BORDER=1 FRAMEBORDER=0 FRAMESPACING=0>
   <FRAME SRC=header/index.html name="index_frame1"
       SCROLLING=No>
     
	 <FRAME SRC=main/index.html
    NAME="target_frame2"
    SCROLLING=auto>

	 </FRAMESET></FRAMESET>
	<frame src="../spacevit.html">
</FRAMESET>
</HTML>
http://forums.lounge0101.com/archive/index.php/f-9.html 72.9.155.10 20080509190241 text/html 5399
HTTP/1.1 200 OK
Date:Sat, 10 May 2008 02:02:40 GMT
Server:Apache/1.3.34 (Ubuntu) mod_ssl/2.8.25 OpenSSL/0.9.8a PHP/4.4.2-1build1 mod_fastcgi/2.4.2
X-Powered-By:PHP/4.4.2-1build1
Set-Cookie:bblastvisit=1210384960; expires=Sunday, 10-May-09 02:02:40 GMT; path=/
Set-Cookie:bblastactivity=0; expires=Sunday, 10-May-09 02:02:40 GMT; path=/
Expires:0
Cache-Control:private, post-check=0, pre-check=0, max-age=0
Pragma:no-cache
Connection:close
Transfer-Encoding:chunked
Content-Type:text/html; charset=ISO-8859-1
x_commoncrawl_ParseSegmentId:267
x_commoncrawl_OriginalURL:http://forums.lounge0101.com/archive/index.php/f-9.html
x_commoncrawl_URLFP:4742074430644123348
x_commoncrawl_HostFP:-8945080675332795681
x_commoncrawl_Signature:0e699cc3d0b792443d7aeedb3ddbdeef
x_commoncrawl_CrawlNo:1
x_commoncrawl_FetchTimestamp:1210384961074

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="en">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />
	<meta name="keywords" content="Web Site Comments, digital forums, satellite forums, dss forums, digital satellite forums, satellite discussion, digital canada, digital home" />
	<meta name="description" content="[Archive] Comments or question to the moderators, Admins or Webmaster can be posted here." />
	
	<title>Web Site Comments [Archive] - Lounge0101 Discussion Forum</title>
	<link rel="stylesheet" type="text/css" href="http://forums.lounge0101.com/archive/archive.css" />
</head>
<body>
<div class="pagebody">
<div id="navbar"><a href="../index.php/">Lounge0101 Discussion Forum</a> &gt; <a href="f-62.html">Website Comments</a> &gt; Web Site Comments</div>
<hr />
<div class="pda"><a href="?pda=1" rel="nofollow">PDA</a></div>
<p class="largefont">View Full Version : <a href="http://forums.lounge0101.com/forumdisplay.php?f=9">Web Site Comments</a></p>
<hr />
<div id="content">
<ol start="1">
	<li><a href="t-154706.html">Thanks RiseStar</a></li>
	<li><a href="t-154711.html">nice to be home, thanks for keeping the place clean</a></li>
	<li><a href="t-154722.html">New Topics...</a></li>
	<li><a href="t-154727.html">I'm getting a &quot;Maintenance Login&quot; type message</a></li>
	<li><a href="t-154731.html">How about?</a></li>
	<li><a href="t-154742.html">What are the new rules?</a></li>
	<li><a href="t-154760.html">Virus Detection???From ...</a></li>
	<li><a href="t-154762.html">Just a thought!!</a></li>
	<li><a href="t-154805.html">Dvb-S</a></li>
	<li><a href="t-154817.html">Extra IMG's at bottom of pirateden page?</a></li>
	<li><a href="t-154819.html">Hashes?</a></li>
	<li><a href="t-154855.html">Den Data base</a></li>
	<li><a href="t-154900.html">missing posts</a></li>
	<li><a href="t-154907.html">How about? (Non-Sat)</a></li>
	<li><a href="t-154911.html">PD is dead - for the meantime</a></li>
	<li><a href="t-154958.html">Where can i go now for real info?</a></li>
	<li><a href="t-154989.html">New Forum</a></li>
	<li><a href="t-155004.html">Just My Opinion.</a></li>
	<li><a href="t-155076.html">Help with membership question</a></li>
	<li><a href="t-155097.html">Is there plans to restore to MIRC</a></li>
	<li><a href="t-155110.html">I wanna join</a></li>
	<li><a href="t-155115.html">DSSChat Member Restricted Features</a></li>
	<li><a href="t-155120.html">getting charged</a></li>
	<li><a href="t-155340.html">Pirateden.com mail</a></li>
	<li><a href="t-155362.html">Is this the same den</a></li>
	<li><a href="t-155367.html">Please Remove</a></li>
	<li><a href="t-155386.html">This is sad</a></li>
	<li><a href="t-155695.html">Membership ???</a></li>
	<li><a href="t-155702.html">DirecTV scored!</a></li>
	<li><a href="t-155774.html">why not just go to honk kong now Rise?</a></li>
	<li><a href="t-155878.html">Renewal</a></li>
	<li><a href="t-156158.html">Let he truth be known...</a></li>
	<li><a href="t-156599.html">Anyone else hate the new format?</a></li>
	<li><a href="t-156617.html">emu1</a></li>
	<li><a href="t-156669.html">how to</a></li>
	<li><a href="t-156693.html">membership</a></li>
	<li><a href="t-156726.html">FreedomFight</a></li>
	<li><a href="t-156912.html">log out problem</a></li>
	<li><a href="t-156990.html">scams</a></li>
	<li><a href="t-157023.html">k9 junction ?????</a></li>
	<li><a href="t-157058.html">I would like some answers</a></li>
	<li><a href="t-161129.html">Newsgroups and New Posts</a></li>
	<li><a href="t-177969.html">Custom Avatars</a></li>
	<li><a href="t-186199.html">Login problems</a></li>
	<li><a href="t-188353.html">title under username</a></li>
	<li><a href="t-190051.html">Moderator status request</a></li>
	<li><a href="t-194162.html">Paid for Membership</a></li>
	<li><a href="t-200273.html">My car.</a></li>
	<li><a href="t-213734.html">Can't upload my avatar</a></li>
	<li><a href="t-213834.html">720p vs. 1080i</a></li>
	<li><a href="t-213902.html">unable to acess locals list</a></li>
	<li><a href="t-218257.html">Confrimation Email</a></li>
	<li><a href="t-222713.html">no theme</a></li>
	<li><a href="t-244134.html">Installation problem</a></li>
	<li><a href="t-255293.html">My own avatar</a></li>
	<li><a href="t-255480.html">Cannot access directv local channels forum</a></li>
</ol>
</div>

<div id="copyright">vBulletin&reg; v3.6.7, Copyright &copy;2000-2008, Jelsoft Enterprises Ltd.</div>
</div>
</body>
</html>
http://bancroft.berkeley.edu/Exhibits/nativeamericans/20.html 169.229.32.53 20080509190241 text/html 6118
HTTP/1.1 200 OK
Date:Sat, 10 May 2008 02:02:41 GMT
Server:Apache/1.3.33 (Unix) mod-xslt/1.3.9 mod_throttle/3.1.2 mod_python/2.7.11 Python/2.3.4 PHP/5.2.4 mod_jk/1.2.14 mod_perl/1.29
Connection:close
Transfer-Encoding:chunked
Content-Type:text/html
x_commoncrawl_ParseSegmentId:267
x_commoncrawl_OriginalURL:http://bancroft.berkeley.edu/Exhibits/nativeamericans/20.html
x_commoncrawl_URLFP:-4949299526447447413
x_commoncrawl_HostFP:-3964123104537785049
x_commoncrawl_Signature:4a6e28ceef575dcba1a7ab5f9c8d44e9
x_commoncrawl_CrawlNo:1
x_commoncrawl_FetchTimestamp:1210384961083

<?xml version="1.0"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">

<head>
<title>Early Ethnography (5 of 17)</title>
<meta http-equiv="Content-type" content="text/html" />
<meta name="keywords" content="Native Americans, Ishi, Alfred Kroeber, Edward S. Curtis, Eadweard Muybridge" />
<meta name="description" content="Images of Native Americans, an online exhibition presented by The Bancroft Library, University of California, Berkeley." />
<link rel="stylesheet" type="text/css" href="http://bancroft.berkeley.edu/Exhibits/nativeamericans/styles/lightsections.css" />
</head>
<body bgcolor="#000000">

<!--Begin content-->
<table border="0" width="700" cellpadding="10" cellspacing="0" align="center">
<tr>
<td bgcolor="#FEEFCF" valign="top">
<table border="0" cellpadding="5" cellspacing="0" align="center">
<tr>
<td bgcolor="#FEEFCF" valign="top">
<a href="http://bancroft.berkeley.edu/Exhibits/nativeamericans/lg20.html"><img src="http://bancroft.berkeley.edu/Exhibits/nativeamericans/images/20_1.jpg" border="0" alt="Indian Showing Effect of Deep Breathing in Wonderful Lung Development, George Wharton James" /></a><br />
<h6>Indian Showing Effect of Deep Breathing in <br />Wonderful Lung Development<br />
George Wharton James<br>
[E77 J3]
</h6>
</td>
<td bgcolor="#FEEFCF" valign="middle">
<p><span class="bold">George Wharton James<br />WHAT THE WHITE RACE MAY LEARN FROM THE INDIAN. Chicago: Forbes &amp; Company, 1908.</span></p>
<p>Early twentieth century efforts to study and analyze the physical, intellectual, spiritual, and cultural practices of North American Indians produced a wide range of scholarly and popular works. Portrayals of Indians, both in photographs and textual descriptions, are often replete with stereotypical characterizations of aborigine populations.</p>
<p>In George Wharton James' chapter on "The Indian and Nasal and Deep Breathing," he observes that "not only do the Indians breathe through the nose: they are also experts in the art of deep breathing." James urges his readers to emulate the Indian and "Breathe through your nose; do not use it as an organ of speech." He also cautioned readers to imitate Indians he had observed in order to train their children how to breathe properly at an early age, "Bandage them up while they are asleep, as the Indians do," James advised, "compel them to form this useful and healthful habit of nasal breathing."</p>
</td>
</tr>
</table>
</td>
<!--End content-->

<!--Begin right menu bar-->
<td valign="top" align="left">
<p style="color:#FFFFCC">EARLY<br />ETHNOGRAPHY<br />(5 of 17)</p>
<h6 style="color:#FFFFCC"><a style="text-decoration:none; color:#FFFFCC" href="http://bancroft.berkeley.edu/Exhibits/nativeamericans/17.html">PREVIOUS</a><img src="http://bancroft.berkeley.edu/Exhibits/nativeamericans/images/dbarrow.gif" alt="" /><a style="text-decoration:none; color:#FFFFCC" href="http://bancroft.berkeley.edu/Exhibits/nativeamericans/36.html">NEXT</a></h6>
<hr size="1" />
<p><a style="text-decoration:none; color:#FFFFCC" href="http://bancroft.berkeley.edu/Exhibits/nativeamericans/index2.html">EXHIBITION<br />HOME</a></p>
<p><a style="text-decoration:none; color:#FFFFCC" href="http://bancroft.berkeley.edu/Exhibits/nativeamericans/portrayals.html">PORTRAYALS<br />OF NATIVE<br />AMERICANS</a></p>
<p><a style="text-decoration:none; color:#FFFFCC" href="http://bancroft.berkeley.edu/Exhibits/nativeamericans/24.html">THE NINE<br />MILLIONTH<br />VOLUME</a></p>
<p><a style="text-decoration:none; color:#FFFFCC" href="http://bancroft.berkeley.edu/Exhibits/nativeamericans/timeline.html#1900_2">TIMELINE</a></p>
<p><a style="text-decoration:none; color:#FFFFCC" href="http://bancroft.berkeley.edu/Exhibits/nativeamericans/checklista.html">EXHIBITION<br />CHECKLIST</a></p>
<hr size="1" />
</td>
</tr>
<!--End right menu bar-->

<!--Begin bottom menu-->
<tr>
<td bgcolor="#FEEFCF">
<hr size="1" />
<div align="right">
<h6>
| <a href="http://bancroft.berkeley.edu/">Bancroft Home</a> | <a href="http://bancroft.berkeley.edu/info/">General Information</a> | <a href="http://bancroft.berkeley.edu/collections/">Collections</a> | <a href="http://bancroft.berkeley.edu/researchprograms/">Research Programs</a> |<br />| <a href="http://bancroft.berkeley.edu/reference/">Reference and Access Services</a> | <a href="http://blogs.lib.berkeley.edu/blogs/bancroft_events.php">News, Events, Exhibitions, Publications</a> |<br />| <a href="http://bancroft.berkeley.edu/friends/">Friends of The Bancroft Library</a> | <a href="http://bancroft.berkeley.edu/sitemap.html">Site Map</a> | <a href="http://bancroft.berkeley.edu/search.html">Search The Bancroft Library Website</a> |<br />| <a href="http://www.lib.berkeley.edu/">UC Berkeley Library Home</a> | <a href="http://www.lib.berkeley.edu/Catalogs/">Catalogs</a> | <a href="http://www.lib.berkeley.edu/Help/searchlib.html">Search the Library Website</a> |</h6>
<!--End bottom menu-->

<!--Begin footer-->
<h6>
Copyright (C) 2006 The Regents of the University of California. <em>All rights reserved.</em><br />
Document maintained by <a href="http://bancroft.berkeley.edu/comment_form.html">
The Bancroft Library</a>.<br /> Last update 12/08/06.
Server manager: <a href="http://www.lib.berkeley.edu/Comments/">Contact</a></h6>
</div>
</td>
<td>
</td>
</tr>
</table>
<!--End footer-->

</body>
</html>
http://www.gs-lechtingen.wallenhorst.org/ 164.92.6.203 20080509190241 text/html 957
HTTP/1.1 404 Not Found
Connection:close
Transfer-Encoding:chunked
Date:Sat, 10 May 2008 02:02:41 GMT
Content-Type:text/html; charset=iso-8859-1
Server:Apache/1.3.34 (Win32) DAV/1.0.3-dev PHP/4.3.2
Keep-Alive:timeout=15, max=99
x_commoncrawl_ParseSegmentId:267
x_commoncrawl_OriginalURL:http://www.gs-lechtingen.wallenhorst.org/
x_commoncrawl_URLFP:3116008292148225601
x_commoncrawl_HostFP:-8940102539881028001
x_commoncrawl_Signature:5a4a52bb846de0e1d667cb572893509a
x_commoncrawl_CrawlNo:1
x_commoncrawl_FetchTimestamp:1210384961104

<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<HTML><HEAD>
<TITLE>404 Not Found</TITLE>
</HEAD><BODY>
<H1>Not Found</H1>
The requested URL /calendar/07fallsports.htm was not found on this server.<P>
<P>Additionally, a 404 Not Found
error was encountered while trying to use an ErrorDocument to handle the request.
<HR>
<ADDRESS>Apache/1.3.34 Server at south.dpsk12.org Port 80</ADDRESS>
</BODY></HTML>

